package org.anhduong.casework;

/** To whom she was handed over at the end: her family, her locality, or an organisation. */
public enum HandoverTo {
    TO_FAMILY,
    TO_LOCALITY,
    TO_ORGANISATION
}
