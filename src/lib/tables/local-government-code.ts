/**
 * The 6-digit 全国地方公共団体コード ends with a check digit (JIS X 0402, modulus 11): the first five
 * digits weighted 6, 5, 4, 3, 2, summed; the check digit is the last digit of 11 − (sum mod 11).
 * Every table carries the code as a join key, so a mistyped code must stop the build.
 */
export function computeCheckDigit(firstFive: string): number {
  const weights = [6, 5, 4, 3, 2];
  const sum = [...firstFive].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidLocalGovernmentCode(code: string): boolean {
  return /^\d{6}$/.test(code) && computeCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
