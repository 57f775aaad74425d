package org.tiptracker.trustfund;

/**
 * Money that leaves the fund other than as a grant: the programme support costs the United Nations
 * charges its trust funds (commonly 13 per cent of expenditure), the evaluation and monitoring of
 * projects, administration (the Board of Trustees, calls for proposals) and anything else.
 */
public enum ExpenditureKind {
    PROGRAMME_SUPPORT_COSTS, EVALUATION_AND_MONITORING, ADMINISTRATION, OTHER
}
