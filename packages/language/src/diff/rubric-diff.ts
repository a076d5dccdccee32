import type { MissingEffect, ScoringMethodName } from '../compiler/compiled-schema.js';

/**
 * What changed between two years' rubrics, as data: the CLI's writers and the editor put it in words.
 * Figures are JSON numbers holding exact decimals, as in the compiled rubric; shares are percentages of
 * the rubric's total, rounded to 0.01.
 */
export const DIFF_FORMAT = 'par-rubric/diff@1';

export type RubricDiff = {
    format: typeof DIFF_FORMAT;
    before: RubricIdentity;
    after: RubricIdentity;
    summary: DiffSummary;
    header: HeaderChange[];
    /** Nodes only in this year's rubric; a node whose parent is new too is counted in the parent's `descendants`, not listed. */
    added: NodeEntry[];
    removed: NodeEntry[];
    /** Nodes under a new code, except those that only follow their renumbered parent. */
    moved: NodeMove[];
    reweighted: Reweight[];
    /** Matched nodes whose title, lead agency, applicability, scoring or evidence changed. */
    nodes: NodeChanges[];
    documents: DocumentChange[];
    grades: GradeChange[];
    adjustments: AdjustmentChange[];
};

export type RubricIdentity = { id: string; title: string; year: number; total: number };

export type DiffSummary = {
    added: number;
    removed: number;
    reweighted: number;
    moved: number;
    /** Nodes whose scoring rule changed. */
    rescored: number;
};

export type NodeKind = 'field' | 'criterion' | 'item';

export type NodeEntry = { code: string; kind: NodeKind; title: string; max: number; descendants: number };

export type NodeMove = { before: string; after: string; kind: NodeKind; title: string };

export type Reweight = {
    before: string;
    after: string;
    kind: NodeKind;
    title: string;
    maxBefore: number;
    maxAfter: number;
    shareBefore: number;
    shareAfter: number;
};

export type HeaderChange =
    | { property: 'unitType' | 'ties' | 'basis'; before: string | null; after: string | null }
    | { property: 'total' | 'step' | 'surveyShare'; before: number | null; after: number | null }
    | { property: 'missingEvidence'; before: MissingEffect; after: MissingEffect };

export type NodeChanges = {
    before: string;
    after: string;
    kind: NodeKind;
    title: string;
    other: OtherChange[];
    scoring: ScoringChange[];
    evidence: EvidenceChange[];
};

export type OtherChange =
    | { kind: 'title'; before: string; after: string }
    | { kind: 'lead'; before: string | null; after: string | null }
    | { kind: 'optional'; before: boolean; after: boolean };

/** A band as the diff shows it: its condition (or "otherwise"), its published wording and its points. */
export type BandView = { operator: '>=' | '>' | '=' | '<=' | '<' | 'else'; threshold: number | null; percent: boolean; label: string | null; points: number };

export type DeadlineOutcome = 'onTime' | 'late' | 'missing';

/** `null` as a method: the node is scored by its sub-criteria. */
export type ScoringChange =
    | { kind: 'method'; before: ScoringMethodName | null; after: ScoringMethodName | null }
    | { kind: 'metric'; before: string; after: string }
    | { kind: 'outcomeAdded' | 'outcomeRemoved'; label: string; points: number }
    | { kind: 'outcomePoints'; label: string; before: number; after: number }
    | { kind: 'answerPoints'; answer: 'yes' | 'no'; before: number; after: number }
    | { kind: 'answerLabel'; answer: 'yes' | 'no'; before: string | null; after: string | null }
    | { kind: 'condition'; before: string | null; after: string | null }
    | { kind: 'formula'; before: string; after: string }
    | { kind: 'bandThreshold'; before: BandView; after: BandView }
    | { kind: 'bandPoints'; before: BandView; after: BandView }
    | { kind: 'bandAdded' | 'bandRemoved'; band: BandView }
    | { kind: 'due'; before: string; after: string }
    | { kind: 'graceDays'; before: number; after: number }
    | { kind: 'deadlinePoints'; outcome: DeadlineOutcome; before: number; after: number }
    | { kind: 'deductAmount'; before: number; after: number }
    | { kind: 'judgedStep'; before: number; after: number }
    | { kind: 'surveySource'; before: string | null; after: string | null }
    /** How the survey's figures become points: "points", or the scale and the rounding ("percent half-up"). */
    | { kind: 'surveyRule'; before: string; after: string };

export type EvidenceChange =
    | { kind: 'ruleAdded' | 'ruleRemoved'; title: string }
    | { kind: 'ruleEffect'; title: string; before: MissingEffect; after: MissingEffect }
    | { kind: 'ruleExplanation'; title: string; allowed: boolean };

/** The evidence documents a rubric declares (by name) and their requirements. */
export type DocumentChange =
    | { kind: 'documentAdded' | 'documentRemoved'; name: string; title: string }
    | { kind: 'documentTitle'; name: string; before: string; after: string }
    | { kind: 'documentMinCount'; name: string; title: string; before: number; after: number }
    | { kind: 'documentIssuedBy'; name: string; title: string; before: string | null; after: string | null };

export type GradeChange =
    | { kind: 'gradeAdded' | 'gradeRemoved'; name: string; min: number; inclusive: boolean }
    | { kind: 'gradeThreshold'; name: string; before: { min: number; inclusive: boolean }; after: { min: number; inclusive: boolean } };

export type AdjustmentSide = 'bonus' | 'penalty';

export type AdjustmentChange =
    | { kind: 'adjustmentAdded' | 'adjustmentRemoved'; side: AdjustmentSide; key: string; title: string; max: number }
    | { kind: 'adjustmentMax'; side: AdjustmentSide; key: string; title: string; before: number; after: number };
