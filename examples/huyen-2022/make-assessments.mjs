#!/usr/bin/env node
// Regenerates the example assessments of the 9 district-level units of Phú Yên province for the 2022
// district rubric, and last year's results they are compared with:
//   assessments/*.yaml, *.json   one self-assessment per unit, with the council's appraisal where it gave one
//   assessments/dong-xuan.xlsx   the same data typed into the blank workbook of `rubric template --format xlsx`
//   results-2021.json            2021 results in the `rubric score --format json` shape (for --previous)
//
// Run after `npm run build`:  node examples/huyen-2022/make-assessments.mjs [--check]
// The output is deterministic: running it twice gives byte-identical files; --check writes nothing and
// exits 1 when a file differs from what the script would write (the tests run it so).
// The assessments carry the rubric's `hash`, as a template gives it: after an edit of the rubric they are
// still accepted while every answer fits, with a warning, until this script is run again.
//
// Each unit is described by what differs from a typical district (its figures, the outcomes it reached,
// its claims and the evidence it could not produce); documents get numbers and dates in the way a district
// People's Committee numbers them ("125/KH-UBND", issued through the year). Self scores are the unit's
// claims: by default what the rule gives on its own figures, raised where a unit claimed more.
// The published figures this reproduces: UBND thị xã Sông Cầu 2022 — 17,64/18,5; 5,9/6; 12/22; 7/7;
// 11/14; 5,5/9,5; 8,42/16; 5,88/7 = 73,34 điểm, Khá, 3/9, tăng 8,48 điểm và 03 bậc (2021: 64,86, 6/9).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
process.chdir(root);
const { compileRubricFile } = await import('../../packages/cli/dist/tasks/compile-rubric.js');
const { filledWorkbook } = await import('../../scripts/filled-workbook.mjs');
const { prepareRubric, scoreAssessment, rankScores, toResultsJson } = await import('../../packages/language/dist/scoring/index.js');

const compiled = (await compileRubricFile(path.join(here, 'huyen-2022.rubric'), 'vi')).compiled;
if (!compiled) throw new Error('the rubric has errors: run `rubric check examples/huyen-2022`');

/** What a district with an ordinary year reports; each unit overrides what differs. */
const TYPICAL_METRICS = {
    planDone: 96.4,
    tasksDefined: true,
    budgetAllocated: true,
    reportsComplete: true,
    reportsOnTime: true,
    propagandaItems: 28,
    inspectedRate: 33.3,
    inspectionFixedRate: 100,
    propagandaPlanDate: '2022-01-19',
    assignedDoneRate: 95,
    legalDocsOnPlanRate: 100,
    lateLegalDocs: 0,
    legalReviewPlanDate: '2022-02-16',
    legalReviewDone: 100,
    legalIssuesHandled: 100,
    hotlinePublished: true,
    simplifyDone: 100,
    oneStopRate: 100,
    onTimeRate: 98.7,
    unapologisedLate: 0,
    postalRatio: 0.14,
    feedbackHandledRate: 100,
    feedbackPublished: true,
    linkedOnTimeRate: 96.2,
    structureCompliant: true,
    deputiesCompliant: true,
    streamlineDone: 100,
    jobPositionsApproved: true,
    properlyPlacedRate: 100,
    recruitmentCompliant: true,
    trainingDone: 100,
    disciplined: 0,
    budgetPublishedDate: '2022-01-14',
    disbursementRatio: 0.92,
    autonomyRatio: 0.75,
    selfFundedUnitsAdded: 1,
    intangibleAssetRules: true,
    fullOnlineRate: 52.5,
    digitisedRate: 31.4,
    oneStopSoftwareRate: 100,
    citizenDataComplete: true,
    isoStatus: 'Công bố và duy trì, cải tiến đúng quy định',
    cashlessRate: 18.6,
    budgetRevenuePct: 101.3,
    newProjects: 4,
    povertyTargetMet: true,
    onlineRate: 41.2,
    signedDocs: 9412,
    issuedDocs: 9735,
};

/** Outcome picked per choice leaf, by position (0 = the best); unlisted leaves reached the best. */
const TYPICAL_CHOICES = { '1.6.2': 0, '5.2.2': 1, '5.3': 0 };

const units = [
    {
        id: 'PY-TUYHOA',
        name: 'UBND thành phố Tuy Hòa',
        slug: 'tuyhoa',
        file: 'tuy-hoa.yaml',
        metrics: { planDone: 100, propagandaItems: 22, inspectedRate: 41.7, assignedDoneRate: 92, legalDocsOnPlanRate: 90, oneStopRate: 97.6, onTimeRate: 99.6, unapologisedLate: 1, postalRatio: 0.23, linkedOnTimeRate: 97.3, streamlineDone: 90, trainingDone: 90, disbursementRatio: 0.9, autonomyRatio: 1, selfFundedUnitsAdded: 1, fullOnlineRate: 62, digitisedRate: 42.3, onlineRate: 47.8, cashlessRate: 26.4, signedDocs: 14268, issuedDocs: 14391, budgetRevenuePct: 108.6, newProjects: 9 },
        choices: { '3.1.1': 1, '5.2.2': 0, '5.3': 1 },
        judged: { '1.5': [1.5, 1.5], '3.6.2': [1.5, 1.5], '5.5.2': [1.5, 1.3] },
        survey: { '8.1.1': 2.41, '8.1.2': 1.63 },
        bonuses: [{ key: 'initiative', points: 1, reason: 'Mô hình "Bộ phận Một cửa thân thiện" được UBND tỉnh công nhận tại Quyết định số 1422/QĐ-UBND ngày 28/9/2022' }],
        y2021: { metrics: { fullOnlineRate: 21.4, onlineRate: 18.7, digitisedRate: 12.5, cashlessRate: 9.8, onTimeRate: 97.9, legalDocsOnPlanRate: 90 }, survey: { '8.1.1': 2.47, '8.1.2': 1.66 }, bonuses: [] },
    },
    {
        id: 'PY-SONGCAU',
        name: 'UBND thị xã Sông Cầu',
        slug: 'songcau',
        file: 'song-cau.yaml',
        metrics: {
            // field 1: 17,64/18,5
            planDone: 95.7, inspectedRate: 35, propagandaPlanDate: '2022-01-20', propagandaItems: 15, assignedDoneRate: 88,
            // field 2: 5,9/6
            legalReviewPlanDate: '2022-02-15', legalReviewDone: 90,
            // field 3: 12/22
            simplifyDone: 85, oneStopRate: 95, onTimeRate: 96.5, unapologisedLate: 2, postalRatio: 0.05, feedbackHandledRate: 85, linkedOnTimeRate: 90,
            // field 5: 11/14
            properlyPlacedRate: 95, disciplined: 1,
            // field 6: 5,5/9,5
            budgetPublishedDate: '2022-02-10', disbursementRatio: 0.85, autonomyRatio: 0.5, selfFundedUnitsAdded: 0,
            // field 7: 8,42/16
            signedDocs: 8476, issuedDocs: 9105, fullOnlineRate: 40.5, onlineRate: 18.6, digitisedRate: 24.5, oneStopSoftwareRate: 97.2, isoStatus: 'Đã công bố nhưng không duy trì, cải tiến', cashlessRate: 12.4,
            // field 8: 5,88/7
            budgetRevenuePct: 104.2, newProjects: 3,
        },
        choices: { '3.1.1': 1, '5.2.2': 1, '5.3': 1, '7.1.3': 1 },
        judged: { '1.5': [1.5, 1.5], '3.6.2': [0.5, 0], '5.5.2': [1.5, 1.5] },
        survey: { '8.1.1': 2.48, '8.1.2': 1.65 },
        claims: { '7.2.1': 1, '3.4.3': 1 },
        notes: { '3.6.2': 'Hội đồng thẩm định: chưa ban hành quy chế phối hợp liên thông với Chi nhánh Văn phòng đăng ký đất đai' },
        y2021: {
            metrics: { fullOnlineRate: 2.5, signedDocs: 5120, issuedDocs: 8830, onTimeRate: 91.2, assignedDoneRate: 76, trainingDone: 70, intangibleAssetRules: false, isoStatus: 'Chưa công bố', legalReviewDone: 80, oneStopRate: 85 },
            choices: { '1.1.1': 1 },
            survey: { '8.1.1': 2.21, '8.1.2': 1.36 },
        },
    },
    {
        id: 'PY-DONGHOA',
        name: 'UBND thị xã Đông Hòa',
        slug: 'donghoa',
        file: 'dong-hoa.json',
        metrics: { planDone: 97.1, propagandaItems: 31, inspectedRate: 27.3, assignedDoneRate: 94, legalReviewDone: 96, simplifyDone: 88, oneStopRate: 96.8, onTimeRate: 98.2, unapologisedLate: 1, postalRatio: 0.12, feedbackHandledRate: 90.9, linkedOnTimeRate: 95.4, properlyPlacedRate: 97.4, trainingDone: 88, budgetPublishedDate: '2022-02-07', disbursementRatio: 0.9, autonomyRatio: 0.6, fullOnlineRate: 55.6, digitisedRate: 35.8, onlineRate: 47.3, oneStopSoftwareRate: 98.6, cashlessRate: 21.5, signedDocs: 10112, issuedDocs: 10530, budgetRevenuePct: 97.4, newProjects: 5 },
        choices: { '3.1.1': 1, '5.3': 1, '7.1.3': 1 },
        judged: { '1.5': [1.5, 1.25], '3.6.2': [1.5, 1], '5.5.2': [1.5, 1.3] },
        survey: { '8.1.1': 2.55, '8.1.2': 1.71 },
        y2021: { metrics: { fullOnlineRate: 18.2, onlineRate: 15.1, digitisedRate: 10.4, cashlessRate: 6.2 }, survey: { '8.1.1': 2.4, '8.1.2': 1.6 } },
    },
    {
        id: 'PY-TUYAN',
        name: 'UBND huyện Tuy An',
        slug: 'tuyan',
        file: 'tuy-an.yaml',
        metrics: { planDone: 92.5, propagandaItems: 22, inspectedRate: 26.7, inspectionFixedRate: 87.5, assignedDoneRate: 90, lateLegalDocs: 1, legalReviewDone: 95, simplifyDone: 90, oneStopRate: 94.4, onTimeRate: 97.4, unapologisedLate: 1, postalRatio: 0.09, feedbackHandledRate: 92, linkedOnTimeRate: 93.8, properlyPlacedRate: 96.8, trainingDone: 92, disciplined: 1, budgetPublishedDate: '2022-02-04', disbursementRatio: 0.88, autonomyRatio: 0.6, selfFundedUnitsAdded: 0, fullOnlineRate: 47.2, digitisedRate: 28.1, onlineRate: 34.6, oneStopSoftwareRate: 98.9, isoStatus: 'Đã công bố nhưng không duy trì, cải tiến', cashlessRate: 9.2, signedDocs: 7904, issuedDocs: 8350, budgetRevenuePct: 96.2, newProjects: 2 },
        choices: { '3.1.1': 1, '5.3': 1, '7.1.3': 1 },
        judged: { '1.5': [1, 1], '3.6.2': [1, 1], '5.5.2': [1.4, 1.25] },
        survey: { '8.1.1': 2.52, '8.1.2': 1.69 },
        y2021: { metrics: { fullOnlineRate: 12.4, onlineRate: 11.7, digitisedRate: 8.3, cashlessRate: 5.1, trainingDone: 75 }, survey: { '8.1.1': 2.35, '8.1.2': 1.58 } },
    },
    {
        id: 'PY-PHUHOA',
        name: 'UBND huyện Phú Hòa',
        slug: 'phuhoa',
        file: 'phu-hoa.json',
        metrics: { planDone: 91.3, propagandaItems: 19, inspectedRate: 31.6, assignedDoneRate: 86, legalDocsOnPlanRate: 87.5, legalReviewDone: 92, simplifyDone: 82, oneStopRate: 96.5, onTimeRate: 94.6, unapologisedLate: 1, postalRatio: 0.08, feedbackHandledRate: 90, linkedOnTimeRate: 91.5, streamlineDone: 85, properlyPlacedRate: 94.1, trainingDone: 85, budgetPublishedDate: '2022-02-11', disbursementRatio: 0.83, autonomyRatio: 0.5, selfFundedUnitsAdded: 0, fullOnlineRate: 44.8, digitisedRate: 26.9, onlineRate: 32.5, oneStopSoftwareRate: 99.1, cashlessRate: 13.8, signedDocs: 7311, issuedDocs: 7806, budgetRevenuePct: 99.1, newProjects: 3 },
        choices: { '1.6.2': 1, '3.1.1': 1, '5.2.2': 1, '5.3': 1, '6.3.2': 1, '7.1.3': 1 },
        judged: { '1.5': [1, 0.75], '3.6.2': [1, 0.5], '5.5.2': [1.35, 1.2] },
        survey: { '8.1.1': 2.5, '8.1.2': 1.66 },
        y2021: { metrics: { fullOnlineRate: 10.2, onlineRate: 9.6, digitisedRate: 7.4, cashlessRate: 4.6 }, survey: { '8.1.1': 2.32, '8.1.2': 1.55 } },
    },
    {
        id: 'PY-SONHOA',
        name: 'UBND huyện Sơn Hòa',
        slug: 'sonhoa',
        file: 'son-hoa.yaml',
        metrics: { planDone: 88.6, propagandaItems: 14, inspectedRate: 22.2, inspectionFixedRate: 83.3, assignedDoneRate: 81, legalDocsOnPlanRate: 85.7, lateLegalDocs: 1, legalReviewPlanDate: '2022-03-09', legalReviewDone: 85, legalIssuesHandled: 75, simplifyDone: 75, oneStopRate: 92.3, onTimeRate: 95.3, unapologisedLate: 3, postalRatio: 0.06, feedbackHandledRate: 87.5, linkedOnTimeRate: 88.9, streamlineDone: 90, properlyPlacedRate: 91.7, trainingDone: 85, disciplined: 1, budgetPublishedDate: '2022-02-08', disbursementRatio: 0.81, autonomyRatio: 0.4, selfFundedUnitsAdded: 0, fullOnlineRate: 38.7, digitisedRate: 21.6, onlineRate: 26.3, oneStopSoftwareRate: 96.4, cashlessRate: 11.2, signedDocs: 5872, issuedDocs: 6420, budgetRevenuePct: 93.5, newProjects: 2 },
        choices: { '3.1.1': 1, '5.2.2': 1, '5.3': 1, '6.3.2': 1, '7.1.3': 1 },
        judged: { '1.5': [0.75, 0.5], '3.6.2': [1, 0.5], '5.5.2': [1.2, 1.1] },
        survey: { '8.1.1': 2.44, '8.1.2': 1.62 },
        y2021: { metrics: { fullOnlineRate: 6.8, onlineRate: 7.2, digitisedRate: 5.3, cashlessRate: 3.9 }, survey: { '8.1.1': 2.28, '8.1.2': 1.51 } },
    },
    {
        // a mountain district whose one-stop shop handles no inter-agency (liên thông) procedures: 3.6 does not apply
        id: 'PY-SONGHINH',
        name: 'UBND huyện Sông Hinh',
        slug: 'songhinh',
        file: 'song-hinh.yaml',
        metrics: { planDone: 86.2, propagandaItems: 12, inspectedRate: 20, inspectionFixedRate: 80, assignedDoneRate: 78, legalDocsOnPlanRate: 80, lateLegalDocs: 2, legalReviewPlanDate: '2022-03-15', legalReviewDone: 80, legalIssuesHandled: 70, feedbackPublished: true, simplifyDone: 70, oneStopRate: 88.9, onTimeRate: 94.1, unapologisedLate: 4, postalRatio: 0.04, feedbackHandledRate: 80, linkedOnTimeRate: 100, streamlineDone: 80, properlyPlacedRate: 90.5, trainingDone: 80, disciplined: 2, budgetPublishedDate: '2022-01-26', disbursementRatio: 0.81, autonomyRatio: 0.33, selfFundedUnitsAdded: 0, intangibleAssetRules: true, fullOnlineRate: 35.1, digitisedRate: 18.2, onlineRate: 21.9, oneStopSoftwareRate: 95.8, citizenDataComplete: false, isoStatus: 'Đã công bố nhưng không duy trì, cải tiến', cashlessRate: 8.7, signedDocs: 4655, issuedDocs: 5210, budgetRevenuePct: 91.8, newProjects: 1, povertyTargetMet: true },
        choices: { '1.1.1': 1, '3.1.1': 1, '5.2.2': 1, '5.3': 1, '6.3.2': 1, '7.1.3': 1 },
        judged: { '1.5': [0.5, 0.5], '5.5.2': [1.1, 1] },
        survey: { '8.1.1': 2.4, '8.1.2': 1.6 },
        notApplicable: ['3.6'],
        penalties: [{ key: 'discipline', points: 1, reason: 'Phó Chủ tịch UBND xã Ea Bar bị khiển trách theo Quyết định số 89/QĐ-UBND ngày 12/8/2022' }],
        y2021: { metrics: { fullOnlineRate: 4.1, onlineRate: 5.5, digitisedRate: 3.2, cashlessRate: 2.5 }, survey: { '8.1.1': 2.25, '8.1.2': 1.48 }, penalties: [] },
    },
    {
        // claims more than the evidence bears out: the council's worklist shows each cut
        id: 'PY-TAYHOA',
        name: 'UBND huyện Tây Hòa',
        slug: 'tayhoa',
        file: 'tay-hoa.json',
        metrics: { planDone: 93.8, propagandaPlanDate: '2022-02-14', propagandaItems: 20, inspectedRate: 30, assignedDoneRate: 89, legalReviewDone: 94, simplifyDone: 86, oneStopRate: 97.2, onTimeRate: 97.1, unapologisedLate: 2, postalRatio: 0.1, feedbackHandledRate: 94.4, linkedOnTimeRate: 94.7, properlyPlacedRate: 95.2, trainingDone: 90, disbursementRatio: 0.87, autonomyRatio: 0.6, fullOnlineRate: 45.3, digitisedRate: 25.7, onlineRate: 33.8, oneStopSoftwareRate: 98.1, cashlessRate: 15.9, signedDocs: 7650, issuedDocs: 8120, budgetRevenuePct: 98.6, newProjects: 3, selfFundedUnitsAdded: 0 },
        choices: { '3.1.1': 1, '5.3': 1, '6.3.2': 1, '7.1.3': 1 },
        judged: { '1.5': [1.5, 0.75], '3.6.2': [1.5, 1], '5.5.2': [1.5, 1.2] },
        survey: { '8.1.1': 2.46, '8.1.2': 1.63 },
        // the unit scored itself on the best outcome where its documents fall short
        claims: { '1.4.1': 1, '1.3.1': 2, '5.4.1': 1, '7.4': 1.5, '2.2.2': 1 },
        missingEvidence: {
            '1.1.4': ['yearReport'],
            '1.3.1': ['inspectionReports'],
            '5.4.1': ['trainingPlan'],
            '7.4': ['isoCertificate'],
            '2.2.2': ['legalReviewReport'],
        },
        explanations: { '1.1.4': { text: 'Báo cáo năm đang trình Ban Thường vụ Huyện ủy, sẽ gửi bổ sung', accepted: false } },
        y2021: { metrics: { fullOnlineRate: 11.3, onlineRate: 10.5, digitisedRate: 8.1, cashlessRate: 5.4 }, survey: { '8.1.1': 2.33, '8.1.2': 1.56 }, missingEvidence: {}, claims: {} },
    },
    {
        id: 'PY-DONGXUAN',
        name: 'UBND huyện Đồng Xuân',
        slug: 'dongxuan',
        file: 'dong-xuan.xlsx',
        metrics: { planDone: 89.4, propagandaItems: 13, inspectedRate: 23.5, inspectionFixedRate: 85.7, assignedDoneRate: 80, legalDocsOnPlanRate: 83.3, legalReviewDone: 88, legalIssuesHandled: 80, simplifyDone: 78, oneStopRate: 90.9, onTimeRate: 95.8, unapologisedLate: 2, postalRatio: 0.05, feedbackHandledRate: 83.3, linkedOnTimeRate: 91.2, streamlineDone: 87.5, properlyPlacedRate: 92.6, trainingDone: 86, budgetPublishedDate: '2022-02-03', disbursementRatio: 0.79, autonomyRatio: 0.4, selfFundedUnitsAdded: 0, fullOnlineRate: 36.4, digitisedRate: 19.8, onlineRate: 24.1, oneStopSoftwareRate: 96.9, cashlessRate: 10.4, signedDocs: 5233, issuedDocs: 5790, budgetRevenuePct: 94.7, newProjects: 1 },
        choices: { '3.1.1': 1, '5.2.2': 1, '5.3': 1, '6.3.2': 1, '7.1.3': 1 },
        judged: { '1.5': [0.75, 0.5], '3.6.2': [1, 0.5], '5.5.2': [1.2, 1.05] },
        survey: { '8.1.1': 2.42, '8.1.2': 1.61 },
        y2021: { metrics: { fullOnlineRate: 5.2, onlineRate: 6.1, digitisedRate: 4.4, cashlessRate: 3.1 }, survey: { '8.1.1': 2.27, '8.1.2': 1.5 } },
    },
];

// ---------------------------------------------------------------------------------------------------
// Documents: numbered and dated the way a district People's Committee issues them.

/** A small deterministic generator, so that every run numbers the documents alike. */
function random(seedText) {
    let seed = 2166136261;
    for (const c of seedText) seed = Math.imul(seed ^ c.charCodeAt(0), 16777619) >>> 0;
    return () => {
        seed = (seed + 0x6d2b79f5) >>> 0;
        let t = seed;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const iso = (month, day) => `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** How the district titles the document each rule asks for, and in which months it is issued. */
const DOCUMENTS = {
    planDoc: { title: (u) => `Kế hoạch cải cách hành chính năm 2022 của ${u.name}`, months: [1, 1] },
    yearReport: { title: () => 'Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2022', months: [12, 12], section: true },
    periodicReports: {
        title: (u, k) => `Báo cáo công tác cải cách hành chính ${['quý I năm 2022', '6 tháng đầu năm 2022', 'quý III năm 2022', 'năm 2022'][k]}`,
        months: [3, 12],
    },
    inspectionPlan: { title: () => 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2022', months: [2, 2] },
    inspectionReports: { title: (u, k) => `Thông báo kết luận kiểm tra công tác cải cách hành chính đợt ${k + 1} năm 2022`, months: [5, 10] },
    propagandaPlan: { title: () => 'Kế hoạch tuyên truyền cải cách hành chính năm 2022', months: [1, 1] },
    legalPlan: { title: () => 'Kế hoạch ban hành văn bản quy phạm pháp luật năm 2022', months: [1, 1] },
    legalReviewReport: { title: () => 'Báo cáo kết quả rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2022', months: [11, 12], section: true },
    oneStopDecision: { title: () => 'Quyết định công bố danh mục thủ tục hành chính tiếp nhận tại Bộ phận Một cửa', months: [3, 6] },
    jobPositionDecision: { title: (u) => `Quyết định của UBND tỉnh phê duyệt vị trí việc làm, cơ cấu ngạch công chức của ${u.name}`, months: [4, 8], symbol: 'QĐ-UBND' },
    trainingPlan: { title: () => 'Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2022', months: [2, 3] },
    budgetDisclosure: { title: () => 'Quyết định công bố công khai dự toán ngân sách năm 2022', months: [1, 1] },
    isoCertificate: { title: () => 'Quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015', months: [3, 9] },
    statisticsReport: { title: () => 'Báo cáo tình hình kinh tế - xã hội năm 2022 và nhiệm vụ, giải pháp năm 2023', months: [12, 12], section: true },
    tthcReport: { title: () => 'Báo cáo kết quả giải quyết TTHC năm 2022 trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh Phú Yên', months: [12, 12], symbol: 'BC-VP', section: true },
    apologyLetters: { title: () => 'Văn bản xin lỗi tổ chức, cá nhân về hồ sơ giải quyết trễ hạn', months: [4, 11], symbol: 'UBND-VP' },
};

/** Document symbols by kind, and roughly how many such documents a district issues a day (for numbering). */
const SYMBOLS = [
    [/^Kế hoạch|^Chương trình/, 'KH-UBND', 0.9],
    [/^Báo cáo của Bưu điện/, 'BC-BĐ', 0.2],
    [/Kho bạc/, 'BC-KBNN', 0.3],
    [/^Báo cáo|báo cáo/, 'BC-UBND', 1.2],
    [/^Quyết định|^Quy chế/, 'QĐ-UBND', 4.5],
    [/^Thông báo|^Biên bản/, 'TB-UBND', 0.8],
    [/^Văn bản/, 'UBND-VP', 9],
    [/^Danh sách|^Danh mục/, 'BC-UBND', 1.2],
];

/** The documents one rule asks for: the same document wherever it is cited (one plan per year, not three). */
function documentsFor(unit, node, rule, rng, metrics, issued) {
    const key = rule.evidence ?? rule.title;
    // a copy each time it is cited, so that the YAML shows the document rather than an alias to it
    if (issued.has(key)) return issued.get(key).map((doc) => ({ ...doc }));
    const declared = rule.evidence ? compiled.evidence.find((e) => e.name === rule.evidence) : undefined;
    const known = rule.evidence ? DOCUMENTS[rule.evidence] : undefined;
    const count = declared?.minCount ?? 1;
    const docs = [];
    for (let k = 0; k < count; k++) {
        if (/^Ảnh chụp|^Đường dẫn|^Thống kê/.test(rule.title)) {
            docs.push({ title: `${rule.title} (${unit.name})`, link: `https://${unit.slug}.phuyen.gov.vn/cchc/2022/${node.code.replace(/\./g, '-')}`, ref: key });
            continue;
        }
        if (/^Hồ sơ/.test(rule.title)) {
            docs.push({ title: `${rule.title} năm 2022`, section: `Lưu tại Phòng Tư pháp, tập ${1 + Math.floor(rng() * 4)}`, ref: key });
            continue;
        }
        const title = known ? known.title(unit, k) : /năm 20\d\d|\(nếu có\)/.test(rule.title) ? rule.title : `${rule.title} năm 2022`;
        const [, kindSymbol, perDay] = SYMBOLS.find(([pattern]) => pattern.test(title)) ?? [null, 'UBND', 2];
        const symbol = known?.symbol ?? kindSymbol;
        const [from, to] = known?.months ?? (symbol.startsWith('BC') ? [11, 12] : symbol.startsWith('KH') ? [1, 3] : [3, 10]);
        // periodic reports: one per period (quý I, 6 tháng, quý III, năm)
        let month = count === 4 ? [3, 6, 9, 12][k] : count > 1 ? from + Math.round(((to - from) * k) / (count - 1)) : from + Math.floor(rng() * (to - from + 1));
        let day = 5 + Math.floor(rng() * 18);
        if (declared?.issuedBy && iso(month, day) > declared.issuedBy) {
            month = Number(declared.issuedBy.slice(5, 7));
            day = Number(declared.issuedBy.slice(8)) - 3 - Math.floor(rng() * 8);
        }
        // a deadline item's document is the one whose date the deadline metric reports
        const dated = node.scoring.method === 'deadline' ? metrics[node.scoring.metric] : undefined;
        if (dated) [month, day] = [Number(dated.slice(5, 7)), Number(dated.slice(8))];
        const dayOfYear = Math.round((month - 1) * 30.4 + day);
        // numbers grow through the year and are never given twice
        let number = Math.max(1, Math.round(dayOfYear * perDay) + Math.floor(rng() * 4));
        while (issued.has(`${number}/${symbol}`)) number++;
        issued.set(`${number}/${symbol}`, []);
        docs.push({
            title,
            number: `${number}/${symbol}`,
            date: iso(month, day),
            ...(known?.section || (!known && /^Báo cáo/.test(title)) ? { section: `Mục ${['I', 'II', 'III'][Math.floor(rng() * 3)]}.${1 + Math.floor(rng() * 4)}` } : {}),
            ref: key,
        });
    }
    issued.set(key, docs);
    return docs.map((doc) => ({ ...doc }));
}

// ---------------------------------------------------------------------------------------------------
// Assessments

function leaves(nodes = compiled.nodes, out = []) {
    for (const node of nodes) {
        if (node.children?.length) leaves(node.children, out);
        else out.push(node);
    }
    return out;
}

function merge(base, override) {
    return { ...base, ...(override ?? {}) };
}

/** The unit's assessment for a year: answers, evidence, then self scores from what the rule gives. */
function assessmentOf(unit, year, plan) {
    const y = year === 2021 ? unit.y2021 ?? {} : {};
    const metrics = merge(merge(TYPICAL_METRICS, unit.metrics), y.metrics);
    const choices = merge(merge(TYPICAL_CHOICES, unit.choices), y.choices);
    const missing = y.missingEvidence ?? unit.missingEvidence ?? {};
    const claims = y.claims ?? unit.claims ?? {};
    const rng = random(`${unit.id}/${year}`);
    const issued = new Map();
    const items = {};
    const survey = {};
    const notApplicable = unit.notApplicable ?? [];
    const applies = (code) => !notApplicable.some((na) => code === na || code.startsWith(`${na}.`));
    for (const node of leaves()) {
        if (!applies(node.code)) continue;
        const scoring = node.scoring;
        if (scoring.method === 'survey') {
            survey[node.code] = merge(unit.survey, y.survey)[node.code];
            continue;
        }
        const answer = {};
        if (scoring.method === 'choice') answer.choice = scoring.outcomes[choices[node.code] ?? 0].label;
        if (scoring.method === 'yesno' && !scoring.condition) answer.answer = true;
        const judged = unit.judged?.[node.code];
        if (judged) {
            answer.self = judged[0];
            answer.appraisal1 = judged[1];
        }
        const evidence = [];
        for (const rule of node.evidence ?? []) {
            const docs = documentsFor(unit, node, rule, rng, metrics, issued);
            if ((missing[node.code] ?? []).includes(rule.evidence ?? rule.title)) continue;
            evidence.push(...docs);
        }
        if (evidence.length > 0) answer.evidence = evidence;
        if (unit.explanations?.[node.code]) answer.explanation = unit.explanations[node.code];
        if (unit.notes?.[node.code]) answer.notes = unit.notes[node.code];
        items[node.code] = answer;
    }
    const assessment = {
        rubric: compiled.id,
        ...(year === compiled.year ? { hash: compiled.hash } : {}),
        year,
        unit: { id: unit.id, name: unit.name, type: compiled.unitType },
        metrics,
        items,
        survey,
        ...((y.bonuses ?? unit.bonuses)?.length ? { bonuses: y.bonuses ?? unit.bonuses } : {}),
        ...((y.penalties ?? unit.penalties)?.length ? { penalties: y.penalties ?? unit.penalties } : {}),
        ...(notApplicable.length ? { notApplicable } : {}),
    };
    // a unit claims what its own figures give, and more where it says so
    const scored = scoreAssessment(plan, assessment);
    if (scored.problems.length > 0) throw new Error(`${unit.id} ${year}: ${JSON.stringify(scored.problems)}`);
    for (const leaf of scored.leaves) {
        const answer = items[leaf.leaf.code];
        if (!answer || answer.self !== undefined) continue;
        const claimed = claims[leaf.leaf.code] ?? (leaf.computed === undefined ? undefined : leaf.computed / 1e6);
        if (claimed !== undefined) answer.self = claimed;
    }
    // keys in a reading order: answers first, then the council's rounds
    for (const [code, answer] of Object.entries(items)) {
        const { choice, answer: yesNo, self, evidence, explanation, appraisal1, notes } = answer;
        items[code] = Object.fromEntries(Object.entries({ choice, answer: yesNo, self, evidence, explanation, appraisal1, notes }).filter(([, v]) => v !== undefined));
    }
    return assessment;
}

// ---------------------------------------------------------------------------------------------------
// Writing

const outFolder = path.join(here, 'assessments');
/** Every file the script makes, by path: written, or compared with what is there under --check. */
const outputs = new Map();

const plan2022 = prepareRubric(compiled);
const scores2022 = [];
for (const unit of units) {
    const assessment = assessmentOf(unit, 2022, plan2022);
    scores2022.push(scoreAssessment(plan2022, assessment));
    const target = path.join(outFolder, unit.file);
    if (unit.file.endsWith('.yaml')) {
        const header = `# Tự đánh giá chỉ số CCHC năm 2022 — ${unit.name}\n# Sinh bởi examples/huyen-2022/make-assessments.mjs\n`;
        outputs.set(target, header + stringify(assessment, { lineWidth: 0 }));
    } else if (unit.file.endsWith('.json')) {
        outputs.set(target, JSON.stringify(assessment, null, 2) + '\n');
    } else {
        outputs.set(target, await filledWorkbook(compiled, assessment));
    }
}

// last year: the same rubric shape, the units' 2021 figures
const plan2021 = prepareRubric({ ...compiled, year: 2021 });
const scores2021 = units.map((unit) => scoreAssessment(plan2021, assessmentOf(unit, 2021, plan2021)));
const results2021 = toResultsJson(rankScores(plan2021, scores2021), 'vi');
outputs.set(path.join(here, 'results-2021.json'), JSON.stringify(results2021, null, 2) + '\n');

if (process.argv.includes('--check')) {
    const stale = [...outputs].filter(([file, content]) => !fs.existsSync(file) || !fs.readFileSync(file).equals(Buffer.from(content)));
    const extra = fs.readdirSync(outFolder).map((f) => path.join(outFolder, f)).filter((f) => !outputs.has(f));
    for (const file of [...stale.map(([f]) => f), ...extra]) console.error(`out of date: ${path.relative(root, file)}`);
    process.exit(stale.length + extra.length > 0 ? 1 : 0);
}
fs.mkdirSync(outFolder, { recursive: true });
for (const entry of fs.readdirSync(outFolder)) fs.rmSync(path.join(outFolder, entry));
for (const [file, content] of outputs) fs.writeFileSync(file, content);

const ranked = rankScores(plan2022, scores2022);
for (const r of ranked.results) console.log(`${r.rank}/${r.of}  ${(r.score.total / 1e6).toFixed(2).padStart(6)}  ${r.score.grade}  ${r.score.unit.name}`);
