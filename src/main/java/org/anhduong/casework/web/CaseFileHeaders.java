package org.anhduong.casework.web;

import org.anhduong.casework.CaseFileFrame;
import org.anhduong.casework.CaseFileHeader;
import org.anhduong.casework.CaseFileTab;
import org.anhduong.casework.CaseRecord;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** Builds the case file's header and tab bar from the declared {@link CaseFileTab}s. */
@Component
public class CaseFileHeaders implements CaseFileFrame {

    private final List<CaseFileTab> tabs;
    private final Labels labels;

    CaseFileHeaders(List<CaseFileTab> tabs, Labels labels) {
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(CaseFileTab::order)).toList();
        this.labels = labels;
    }

    @Override
    public CaseFileHeader header(CaseRecord found, String currentPath) {
        return of(found, currentPath);
    }

    /** The header of a case with {@code currentPath} the path of the tab shown. */
    public CaseFileHeader of(CaseRecord found, String currentPath) {
        String base = CaseFileScreens.PATH + "/" + found.id();
        var links = tabs.stream().filter(tab -> tab.shownFor(found)).map(tab -> new CaseFileHeader.TabLink(
                tab.path().isEmpty() ? base : base + "/" + tab.path(), labels.text(tab.labelKey()),
                tab.path().equals(currentPath))).toList();
        return new CaseFileHeader(found.id(), found.caseNumber(), found.survivorCode(), labels.of(found.status()),
                labels.of(found.priority()), links);
    }
}
