package org.fairaudit.domain;

public enum Role { AUDITOR, MONITOR, REVIEWER, ADMINISTRATOR }
