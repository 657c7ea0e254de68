package org.homeward.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else uses the database. JPA connects lazily, and
 * every other start-up bean depends on this one, so no query runs against an old schema.
 *
 * <p>The data source is defined here, by the application, from MicroProfile Config (environment
 * variables {@code HOMEWARD_DB_URL}, {@code HOMEWARD_DB_USER}, {@code HOMEWARD_DB_PASSWORD}), so
 * that the same WAR or EAR runs on Payara Micro and Payara Server without server-side set-up.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=homeward.db.url}",
    user = "${MPCONFIG=homeward.db.user}",
    password = "${MPCONFIG=homeward.db.password:}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/homeward";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .validateMigrationNaming(true)
            .load()
            .migrate();
    migrated = true;
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion)
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
  }

  public boolean migrated() {
    return migrated;
  }
}
