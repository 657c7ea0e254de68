package org.homeward.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BurnDownTest {

  @Test
  void countsAreRoundedToFiveAndSmallOnesAreNotShown() {
    assertThat(BurnDown.rounded(0, 4)).isZero();
    assertThat(BurnDown.rounded(3, 4)).isNull();
    assertThat(BurnDown.rounded(7, 4)).isEqualTo(5);
    assertThat(BurnDown.rounded(8, 4)).isEqualTo(10);
    assertThat(BurnDown.rounded(1234, 4)).isEqualTo(1235);
    assertThat(BurnDown.rounded(9, 10)).isNull();
  }
}
