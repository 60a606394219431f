// Personal fields: the popup shows them, with the site, and they are written only after the user
// confirms (or always allowed that site). Ordinary fields fill at once.

const personalKeys = new Set([
  "cadre.idNumber",
  "cadre.dateOfBirth",
  "cadre.gender",
  "cadre.phone",
  "cadre.email",
  "cadre.partyMember",
  "cadre.partyJoinDate",
  "cadre.unionJoinDate",
  "cadre.ethnicity",
  "cadre.religion",
  "cadre.hometown",
  "cadre.currentAddress",
]);

export function isPersonal(payloadKey: string): boolean {
  return personalKeys.has(payloadKey);
}
