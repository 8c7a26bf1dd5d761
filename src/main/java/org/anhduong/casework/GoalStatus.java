package org.anhduong.casework;

/** Where a goal of the case plan stands. */
public enum GoalStatus {
    OPEN,
    ACHIEVED,
    DROPPED
}
