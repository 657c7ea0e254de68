package org.homeward.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

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

  private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "homeward.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "homeward.db.user")
  String applicationRole;

  @Inject
  @ConfigProperty(name = "homeward.db.migration-user")
  Optional<String> migrationRole;

  @Inject
  @ConfigProperty(name = "homeward.db.migration-password")
  Optional<String> migrationPassword;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    if (!ROLE_NAME.matcher(applicationRole).matches()) {
      throw new IllegalStateException("HOMEWARD_DB_USER must be a plain PostgreSQL role name (a-z, 0-9, _)");
    }
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(schemaOwner())
            .locations("classpath:db/migration")
            .placeholders(Map.of("applicationRole", applicationRole))
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

  /**
   * Who changes the schema. With {@code HOMEWARD_DB_MIGRATION_USER} set, a role of its own that owns
   * the schema, so the application's role holds only the rights the migrations grant it (and can
   * never give itself the right to change the audit trail); otherwise the application's role.
   */
  private DataSource schemaOwner() {
    return migrationRole.filter(role -> !role.isBlank()).map(role -> {
      PGSimpleDataSource owner = new PGSimpleDataSource();
      owner.setURL(url);
      owner.setUser(role);
      owner.setPassword(migrationPassword.orElse(""));
      return (DataSource) owner;
    }).orElse(dataSource);
  }

  public boolean migrated() {
    return migrated;
  }
}
