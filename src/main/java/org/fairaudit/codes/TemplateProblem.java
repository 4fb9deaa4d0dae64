package org.fairaudit.codes;

/**
 * Why a template (or part of it) could not be loaded.
 *
 * @param file    the template's file name, e.g. {@code fair-recruitment.yaml}
 * @param line    1-based line the problem was found on, or 0 when it concerns the whole file
 * @param field   path of the field, e.g. {@code sections[2].requirements[0].severity}; empty for the whole file
 * @param message what is wrong, from the i18n bundle
 */
public record TemplateProblem(String file, int line, String field, String message) {

    /** Reads like a compiler error: {@code file.yaml:42: sections[0].ref: missing required field}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
