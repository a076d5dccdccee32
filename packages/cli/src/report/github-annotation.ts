/** The message of a GitHub Actions workflow command: line breaks and % escaped so that it stays one command. */
export function annotationData(value: string): string {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command (file=, title=): its : and , escaped too. */
export function annotationProperty(value: string): string {
    return annotationData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
