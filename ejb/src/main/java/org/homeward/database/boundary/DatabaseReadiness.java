package org.homeward.database.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready} is up only when the schema is migrated and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject DatabaseMigration migration;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean answers;
    try (Connection connection = dataSource.getConnection()) {
      answers = connection.isValid(2);
    } catch (SQLException e) {
      answers = false;
    }
    return HealthCheckResponse.named("database")
        .status(answers && migration.migrated())
        .withData("migrated", migration.migrated())
        .withData("answers", answers)
        .build();
  }
}
