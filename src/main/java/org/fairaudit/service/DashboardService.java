package org.fairaudit.service;

import java.time.LocalDate;

public interface DashboardService {
    DashboardSummary summary(LocalDate today);
}
