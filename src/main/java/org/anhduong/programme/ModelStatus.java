package org.anhduong.programme;

/** Where a model stands: planned, running (active), kept up after its programme period (maintained), or ended. */
public enum ModelStatus {
    PLANNED, ACTIVE, MAINTAINED, ENDED
}
