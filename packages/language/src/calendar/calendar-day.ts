/**
 * Calendar days, the one reading of a date for the whole language: the validator checks a rubric's dates
 * with it, the engine reads the deadline and every assessment's dates with it. No Langium here, so the
 * scoring engine may import it.
 */

/**
 * A YYYY-MM-DD text as days since 1970-01-01, or undefined when it is no calendar date (2022-02-29,
 * 2022-13-01, years before 100). Computed from the digits, not through Date: every assessment has dates
 * among its metrics, and a regex plus a Date per value cost more than the rest of reading them.
 */
export function dayNumber(text: string): number | undefined {
    if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    // Date reads years 0–99 as 1900–1999: such texts name no day of their own
    if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return daysFromCivil(year, month, day);
}

/** The decimal number in text[from, to), or -1 when a character there is not a digit. */
function digits(text: string, from: number, to: number): number {
    let value = 0;
    for (let i = from; i < to; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) return -1;
        value = value * 10 + digit;
    }
    return value;
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (as Date counts them), for years 100–9999. */
function daysFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}


/** The YYYY-MM-DD text of a day number: dayNumber's inverse. */
export function dayText(day: number): string {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
