import type { LangiumDocuments, ValidationAcceptor, ValidationChecks } from 'langium';
import type {
    Bands,
    Choice,
    Deadline,
    Deduction,
    Evidence,
    Formula,
    Grades,
    Judged,
    Metric,
    Node,
    Proportional,
    Requirement,
    Rubric,
    RubricFile,
    RubricLanguageAstType,
    UnknownWord,
    YesNo,
} from '../generated/ast.js';
import type { I18nSettings } from '../i18n/settings.js';
import type { ImportPolicy } from '../workspace/import-policy.js';
import type { RubricServices } from '../rubric-module.js';
import {
    checkDeclarations,
    checkEvidence,
    checkGrades,
    checkMetric,
    checkRequirement,
    checkRubricParts,
} from './declaration-checks.js';
import { checkHeader } from './header-checks.js';
import { IssueCodes } from './issue-codes.js';
import { Reporter } from './reporter.js';
import {
    checkBands,
    checkChoice,
    checkDeadline,
    checkDeduction,
    checkFormula,
    checkJudged,
    checkProportional,
    checkYesNo,
} from './scoring-checks.js';
import { checkNode, checkTree } from './tree-checks.js';
import { checkUnknownWord } from './unknown-word-checks.js';

export function registerValidationChecks(services: RubricServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.RubricValidator;
    const checks: ValidationChecks<RubricLanguageAstType> = {
        RubricFile: validator.checkFile,
        Rubric: validator.checkRubric,
        Node: validator.checkNode,
        Metric: validator.checkMetric,
        Evidence: validator.checkEvidence,
        Requirement: validator.checkRequirement,
        Grades: validator.checkGrades,
        Choice: validator.checkChoice,
        YesNo: validator.checkYesNo,
        Deadline: validator.checkDeadline,
        Bands: validator.checkBands,
        Proportional: validator.checkProportional,
        Deduction: validator.checkDeduction,
        Judged: validator.checkJudged,
        Formula: validator.checkFormula,
        UnknownWord: validator.checkUnknownWord,
    };
    registry.register(checks, validator);
}

/** Entry points of the checks; each topic's rules live in their own file beside this one. */
export class RubricValidator {
    private readonly i18n: I18nSettings;
    private readonly documents: LangiumDocuments;
    private readonly imports: ImportPolicy;

    constructor(services: RubricServices) {
        this.i18n = services.i18n;
        this.imports = services.imports;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    private reporter(accept: ValidationAcceptor): Reporter {
        return new Reporter(accept, this.i18n.locale);
    }

    checkFile(file: RubricFile, accept: ValidationAcceptor): void {
        const report = this.reporter(accept);
        for (const extra of file.rubrics.slice(1)) {
            report.error(IssueCodes.MultipleRubrics, {}, { node: extra, keyword: 'rubric' });
        }
        checkDeclarations(file, this.documents, this.imports, report);
    }

    checkRubric(rubric: Rubric, accept: ValidationAcceptor): void {
        const report = this.reporter(accept);
        checkHeader(rubric, report);
        checkTree(rubric, report);
        checkRubricParts(rubric, report);
    }

    checkNode(node: Node, accept: ValidationAcceptor): void {
        checkNode(node, this.reporter(accept));
    }

    checkMetric(metric: Metric, accept: ValidationAcceptor): void {
        checkMetric(metric, this.reporter(accept));
    }

    checkEvidence(evidence: Evidence, accept: ValidationAcceptor): void {
        checkEvidence(evidence, this.reporter(accept));
    }

    checkRequirement(requirement: Requirement, accept: ValidationAcceptor): void {
        checkRequirement(requirement, this.reporter(accept));
    }

    checkGrades(grades: Grades, accept: ValidationAcceptor): void {
        checkGrades(grades, this.reporter(accept));
    }

    checkChoice(choice: Choice, accept: ValidationAcceptor): void {
        checkChoice(choice, this.reporter(accept));
    }

    checkYesNo(yesNo: YesNo, accept: ValidationAcceptor): void {
        checkYesNo(yesNo, this.reporter(accept));
    }

    checkDeadline(deadline: Deadline, accept: ValidationAcceptor): void {
        checkDeadline(deadline, this.reporter(accept));
    }

    checkBands(bands: Bands, accept: ValidationAcceptor): void {
        checkBands(bands, this.reporter(accept));
    }

    checkProportional(proportional: Proportional, accept: ValidationAcceptor): void {
        checkProportional(proportional, this.reporter(accept));
    }

    checkDeduction(deduction: Deduction, accept: ValidationAcceptor): void {
        checkDeduction(deduction, this.reporter(accept));
    }

    checkJudged(judged: Judged, accept: ValidationAcceptor): void {
        checkJudged(judged, this.reporter(accept));
    }

    checkFormula(formula: Formula, accept: ValidationAcceptor): void {
        checkFormula(formula, this.reporter(accept));
    }

    checkUnknownWord(word: UnknownWord, accept: ValidationAcceptor): void {
        checkUnknownWord(word, this.reporter(accept));
    }
}
