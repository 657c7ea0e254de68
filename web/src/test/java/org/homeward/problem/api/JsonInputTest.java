package org.homeward.problem.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.homeward.institution.api.InstitutionJson;
import org.junit.jupiter.api.Test;

class JsonInputTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  private JsonInput.Diagnosis diagnose(String body) {
    Throwable error = catchThrowable(() -> jsonb.fromJson(body, InstitutionJson.class));
    assertThat(error).isNotNull();
    return JsonInput.diagnose(error);
  }

  @Test
  void textWhereANumberBelongsNamesTheField() {
    JsonInput.Diagnosis d = diagnose("{\"bedCapacity\":\"many\"}");
    assertThat(d.field()).isEqualTo("bedCapacity");
    assertThat(d.message()).contains("wrong type");
  }

  @Test
  void brokenJsonNamesNoField() {
    assertThat(diagnose("{\"code\": ").field()).isNull();
  }

  @Test
  void enumValuesAreListedWhenTheRuntimeNamesTheProperty() {
    JsonInput.Diagnosis d = JsonInput.diagnose(new IllegalArgumentException(
        "Unable to deserialize property 'status' because of: No enum constant org.homeward.institution.entity.InstitutionStatus.GONE"));
    assertThat(d.field()).isEqualTo("status");
    assertThat(d.message()).isEqualTo("must be one of: OPERATING, DOWNSIZING, CLOSED, REPURPOSED");
  }
}
