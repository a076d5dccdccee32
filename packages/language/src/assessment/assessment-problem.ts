/**
 * A misfit between an assessment and its rubric (or the assessment schema): where it is, as a JSON path
 * into the assessment, a stable code, and the message in both languages. Problems are returned, never thrown.
 */
export type AssessmentProblem = {
    path: (string | number)[];
    code: string;
    message: { vi: string; en: string };
};

/** "items.1.1.2.choice" is ambiguous, so paths print as JSON pointers' friendlier cousin: items["1.1.2"].choice. */
export function formatPath(path: readonly (string | number)[]): string {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number') text += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text ? `.${segment}` : segment;
        else text += `[${JSON.stringify(segment)}]`;
    }
    return text || '$';
}
