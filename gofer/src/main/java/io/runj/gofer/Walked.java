package io.runj.gofer;

import io.runj.platform.FileStat;

/** A handle the gofer now holds for the client, and what the file was when it was opened. */
public record Walked(int handle, FileStat stat) {
}
