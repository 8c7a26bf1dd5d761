package org.anhduong.programme;

/** The level the trainees work at. */
public enum TrainingLevel {
    PROVINCE, COMMUNE, VILLAGE, SCHOOL
}
