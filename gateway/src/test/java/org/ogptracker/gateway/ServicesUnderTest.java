package org.ogptracker.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.ogptracker.platform.testing.SuiteProcesses;

/** The three services as processes of their own, with the gateway under test pointed at them. */
public class ServicesUnderTest implements QuarkusTestResourceLifecycleManager {
  @Override
  public Map<String, String> start() {
    return SuiteProcesses.startServices();
  }

  @Override
  public void stop() {
    SuiteProcesses.stopAll();
  }
}
