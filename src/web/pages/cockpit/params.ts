/** The cockpit's own URL parameters: `?ledgerId=` narrows it to one ledger, `?asOf=` looks back to a date. */
export function cockpitParams(params: URLSearchParams): { ledgerId?: string; asOf?: string } {
  return { ledgerId: params.get('ledgerId') || undefined, asOf: params.get('asOf') || undefined };
}
