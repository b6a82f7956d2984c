package org.zhurnal.studentimport.application;

/**
 * What an import did (or, in a preview, would do): new student cards ({@code created}), students put into
 * their class ({@code enrolled}, new cards and existing ones), students already in that class
 * ({@code unchanged}), new representative cards ({@code representativesCreated}) and new links of a
 * representative to a child ({@code representativesLinked}). The same file again gives only {@code unchanged}.
 */
public record StudentImportCounts(int created, int enrolled, int unchanged, int representativesCreated,
                                  int representativesLinked) {
}
