package io.runj.gofer;

import io.runj.platform.FileStat;

/** A newly created regular file: the gofer's handle on it, its stat, and an open fd the caller now owns. */
public record Created(int handle, FileStat stat, int fd) {
}
