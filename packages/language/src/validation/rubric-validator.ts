import type { AstNode, LangiumDocuments, ValidationAcceptor, ValidationChecks, ValidationRegistry } from 'langium';
import type { RubricLanguageAstType } from '../generated/ast.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { ImportPolicy } from '../workspace/import-policy.js';
import { adjustmentsAreCapped } from './adjustment.js';
import { bandPointsFitTheLeaf, bandsAreOrderedAndComplete, bandsReadAMeasure } from './bands.js';
import type { Check, CheckContext } from './check.js';
import { codeIsWellFormed, codesFollowTheTree } from './code.js';
import { deadlinePointsFitTheLeaf, deadlineReadsADate, deadlineScoresEveryStatus } from './deadline.js';
import { deductionIsWithinMax } from './deduct.js';
import { evidencePropertiesAreValid, requirementStandsOnALeaf } from './evidence.js';
import { formulaGivesANumber } from './formula.js';
import { gradesDescendToZero, rubricHasGrades } from './grades.js';
import { headerIsComplete, headerValuesAreValid } from './header.js';
import { importsResolveWithinWorkspace } from './import.js';
import { judgingStepFitsTheLeaf } from './judged.js';
import { leafHasOneScoringMethod } from './leaf.js';
import { oneOfHasOptions, proportionalReadsAShare } from './metric.js';
import { declarationsAreUsed, namesAreDeclaredOnce } from './name.js';
import { fieldsStandAtTheTop, nodeHasAPositiveMax, parentHasNoScoringMethod } from './node.js';
import { choiceOffersDistinctOutcomes, choicePointsFitTheLeaf } from './outcome.js';
import { evidencePropertiesDeclaredOnce, headerPropertiesDeclaredOnce, nodePropertiesDeclaredOnce } from './property.js';
import { Reporter } from './reporter.js';
import { fileHoldsOneRubric } from './rubric.js';
import { childrenAddUpToMax, fieldsAddUpToTotal } from './sum.js';
import { surveyItemNeedsNoEvidence, surveyRuleIsShared, surveyShareMatchesItems } from './survey.js';
import { wordsAreKnown } from './syntax.js';
import { yesNoConditionIsYesNo, yesNoPointsFitTheLeaf, yesNoScoresBothAnswers } from './yesno.js';

type RubricChecks = { [T in keyof RubricLanguageAstType]?: Check<RubricLanguageAstType[T]>[] };

/** Every rule of the language by the node type it applies to; each rule's file is named after its codes. */
const CHECKS: RubricChecks = {
    RubricFile: [fileHoldsOneRubric, namesAreDeclaredOnce, declarationsAreUsed, importsResolveWithinWorkspace],
    Rubric: [
        headerIsComplete,
        headerPropertiesDeclaredOnce,
        headerValuesAreValid,
        childrenAddUpToMax,
        fieldsAddUpToTotal,
        codesFollowTheTree,
        surveyShareMatchesItems,
        surveyRuleIsShared,
        rubricHasGrades,
    ],
    Node: [fieldsStandAtTheTop, codeIsWellFormed, nodePropertiesDeclaredOnce, nodeHasAPositiveMax, leafHasOneScoringMethod, parentHasNoScoringMethod],
    Metric: [oneOfHasOptions],
    Evidence: [evidencePropertiesDeclaredOnce, evidencePropertiesAreValid],
    Requirement: [requirementStandsOnALeaf, surveyItemNeedsNoEvidence],
    Grades: [gradesDescendToZero],
    Adjustments: [adjustmentsAreCapped],
    Choice: [choiceOffersDistinctOutcomes, choicePointsFitTheLeaf],
    YesNo: [yesNoScoresBothAnswers, yesNoConditionIsYesNo, yesNoPointsFitTheLeaf],
    Deadline: [deadlineReadsADate, deadlineScoresEveryStatus, deadlinePointsFitTheLeaf],
    Bands: [bandsReadAMeasure, bandsAreOrderedAndComplete, bandPointsFitTheLeaf],
    Proportional: [proportionalReadsAShare],
    Deduction: [deductionIsWithinMax],
    Judged: [judgingStepFitsTheLeaf],
    Formula: [formulaGivesANumber],
    UnknownWord: [wordsAreKnown],
};

/** The services the checks read: the session's language, the import policy and the loaded documents. */
type ValidatorServices = {
    i18n: I18nSettings;
    imports: ImportPolicy;
    shared: { workspace: { LangiumDocuments: LangiumDocuments } };
};

/** Runs the rules of a node's type with a reporter in the session's language. */
export class RubricValidator {
    private readonly i18n: I18nSettings;
    private readonly context: CheckContext;

    constructor(services: ValidatorServices) {
        this.i18n = services.i18n;
        this.context = { documents: services.shared.workspace.LangiumDocuments, imports: services.imports };
    }

    /** Langium's checks, one per node type, each running that type's rules in order. */
    checks(): ValidationChecks<RubricLanguageAstType> {
        const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
        for (const [type, rules] of Object.entries(CHECKS) as [string, Check<AstNode>[]][]) {
            checks[type] = (node, accept) => {
                const report = new Reporter(accept, this.i18n.locale);
                for (const rule of rules) rule(node, report, this.context);
            };
        }
        return checks;
    }
}

export function registerValidationChecks(services: { validation: { ValidationRegistry: ValidationRegistry; RubricValidator: RubricValidator } }): void {
    const validator = services.validation.RubricValidator;
    services.validation.ValidationRegistry.register(validator.checks(), validator);
}
