package org.anhduong.hotline;

import java.time.LocalDate;

public interface ContactFigures {
    ContactCounts count(LocalDate from, LocalDate to);
}
