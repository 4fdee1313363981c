package io.runj.sentry.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HomeDirectoryTest {
    private static final String PASSWD = "root:x:0:0:root:/root:/bin/sh\n"
            + "\n"
            + "broken line\n"
            + "alice:x:1000:1000::/home/alice:/bin/sh\n"
            + "again:x:1000:1000::/elsewhere:/bin/sh\n";

    @Test
    void theFirstEntryWithTheUidGivesHome() {
        assertEquals("/root", HomeDirectory.of(PASSWD, 0));
        assertEquals("/home/alice", HomeDirectory.of(PASSWD, 1000));
    }

    @Test
    void aUidWithoutEntryOrNoPasswdGivesTheRoot() {
        assertEquals("/", HomeDirectory.of(PASSWD, 1001));
        assertEquals("/", HomeDirectory.of("", 0));
    }
}
