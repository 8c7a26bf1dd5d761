package org.anhduong.programme;

/** What participants are, where known. */
public enum ParticipantRole {
    OFFICIAL, TEACHER, STUDENT, HEALTH_WORKER, POLICE, COMMUNITY_MEMBER, OTHER
}
