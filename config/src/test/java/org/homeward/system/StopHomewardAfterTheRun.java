package org.homeward.system;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the shared server when the test run ends (it starts on first use). */
public class StopHomewardAfterTheRun implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    RunningHomeward.stopIfStarted();
  }
}
