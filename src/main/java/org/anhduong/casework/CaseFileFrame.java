package org.anhduong.casework;

/**
 * The case file's frame for a tab served by any module: the header and the tab bar built from every declared
 * {@link CaseFileTab}. It reads nothing itself: the caller has already read the case through {@link CaseManagement},
 * which checked the user's access and audited the read.
 */
public interface CaseFileFrame {

    /** The header of a case with {@code currentPath} the path of the tab shown. */
    CaseFileHeader header(CaseRecord found, String currentPath);
}
