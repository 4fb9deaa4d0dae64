package org.fairaudit.domain;

/** Whether a breach affects a few workers or is the way the site works. */
public enum Scope { ISOLATED, SYSTEMIC }
