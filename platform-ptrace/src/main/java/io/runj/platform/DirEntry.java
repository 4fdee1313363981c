package io.runj.platform;

/**
 * One {@code struct linux_dirent64}: {@code next} is the d_off cookie, the position to seek to for
 * the entries after this one. Names are one char per byte (ISO-8859-1).
 */
public record DirEntry(long ino, long next, int type, String name) {
}
