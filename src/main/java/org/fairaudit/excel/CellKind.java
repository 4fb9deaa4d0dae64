package org.fairaudit.excel;

/** What a cell holds, as the file says, so that importers can refuse formulas and non-dates. */
public enum CellKind {
    TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR
}
