package org.fairaudit.domain;

/** Where an auditor looks to assess a requirement. */
public enum EvidenceSource { DOCUMENTS, WORKER_INTERVIEWS, MANAGEMENT_INTERVIEWS, OBSERVATION }
