// Server messages of the needs analysis: import problems (each under its sheet, row and column)
// and the help sheet of the templates.
export const needsAnalysis = {
  unknownMunicipality: 'There is no municipality with the code “{{code}}”.',
  invalidFile: 'The file was not imported: correct the cells listed and import it again. Nothing was saved.',
  kinds: {
    population: 'population',
    administrative: 'administrative data',
    staff: 'staff',
  },
  problems: {
    csv: {
      unclosed_quote: 'A quoted value is not closed: a closing double quote is missing.',
      text_after_quote: 'There is text after a closing double quote.',
      quote_in_field: 'A double quote inside a value that is not quoted.',
    },
    cellError: 'The cell shows the spreadsheet error {{error}}.',
    unreadableFile: 'The file cannot be read as an XLSX workbook.',
    emptyFile: 'The file is empty: it needs a header row and at least one row of figures.',
    noRows: 'The file has a header row but no figures.',
    notBase64: 'The XLSX file must be sent base64-encoded.',
    missingColumns: 'Columns missing from the header row: {{columns}}. Expected: {{expected}}.',
    unknownUnit: '“{{value}}” is not an administrative unit of this municipality.',
    badYear: '“{{value}}” is not a year (write it with four digits, e.g. 2020).',
    required: 'A value is required.',
    badNumber: '“{{value}}” is not a number (digits only, at least 0).',
    badCount: '“{{value}}” is not a whole number of at least 0.',
    unknownGender: '“{{value}}” is not a gender code; use one of: {{allowed}}.',
    unknownAgeBand: '“{{value}}” is not an age band of the country; use one of: {{allowed}}.',
    unknownMeasure: '“{{value}}” is not a measure of the needs analysis.',
    unknownRole: '“{{value}}” is not a staff role; use one of: {{allowed}}.',
    duplicateRow: 'The same figure is already given on row {{row}}.',
  },
  template: {
    title: 'Template for importing {{kind}}. Fill the first sheet; keep its header row as it is.',
    columns: 'Columns: {{columns}}.',
    units: 'Units (code or name; several reported together joined with “+”): {{units}}.',
    total:
      'An empty unit, or “{{word}}”, is a figure stated for the whole municipality; it is shown next to the sum of the units.',
    ageBands: 'Age bands: {{bands}} (“{{total}}” is a stated total over all bands).',
    genders: 'Gender: {{female}}, {{male}}, or {{all}} when the figure is not broken down by gender.',
    roles: 'Staff roles: {{roles}}. An empty unit means staff working for the whole municipality.',
    measures: 'Measures: see the list on the needs-analysis page (e.g. {{examples}}).',
    replace:
      'Importing again for the same years replaces the earlier figures; the earlier import stays in the history.',
  },
};
