package org.anhduong.casework;

public enum CaseDimension { CASE_TYPE, GBVIMS_TYPE, CONTEXT, SEX, AGE_GROUP, COMMUNE }
