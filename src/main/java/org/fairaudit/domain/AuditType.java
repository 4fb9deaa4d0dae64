package org.fairaudit.domain;

public enum AuditType { INITIAL, FOLLOW_UP, VERIFICATION }
