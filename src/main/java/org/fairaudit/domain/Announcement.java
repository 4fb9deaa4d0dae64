package org.fairaudit.domain;

/** How much notice the site had of the audit. */
public enum Announcement { ANNOUNCED, SEMI_ANNOUNCED, UNANNOUNCED }
