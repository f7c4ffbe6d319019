package org.ogptracker.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplicaVersionsTest {

  @ParameterizedTest(name = "copy holds {0}, event carries {1}: takes it = {2}")
  @CsvSource(nullValues = "none", value = {
      "none, 0, true", // a first event
      "none, 7, true",
      "3, 4, true", // newer
      "3, 3, false", // the same again
      "3, 2, false", // older: a replay must not move the copy back
      "none, none, true", // events from before versions, on a copy that has seen no other
      "3, none, false", // an unversioned event after a versioned one is older than it
  })
  void takes_only_newer(Long held, Long incoming, boolean takes) {
    assertEquals(takes, ReplicaVersions.isNewer(held, incoming));
  }
}
