"""A workbook with the risk inputs: the Voorbeeldgemeente plus sheet Risico's and the beschikbare capaciteit."""
import shutil

from openpyxl import load_workbook

from model.paden import resource_pad


def werkboek(tmp_path, rijen=None, beschikbaar=None, kop=("Risico", "Kans", "Gevolg", "Verdeling", "Toelichting",
                                                          "Beheersmaatregel")):
    """The Voorbeeldgemeente's workbook with a Risico's sheet (a title row, then the header) and the field."""
    pad = tmp_path / "gemeente.xlsx"
    shutil.copy(resource_pad("voorbeeldgemeente.xlsx"), pad)
    wb = load_workbook(pad)
    if beschikbaar is not None:   # the field's own row on sheet Gemeente (added when the workbook lacks it)
        ws = wb["Gemeente"]
        rij = next((r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "Beschikbare weerstandscapaciteit"),
                   None)
        if rij is None:
            ws.append(["Beschikbare weerstandscapaciteit", beschikbaar, "euro", ""])
        else:
            ws.cell(row=rij, column=2).value = beschikbaar
    if rijen is not None:
        if "Risico's" in wb.sheetnames:   # the shipped example has the sheet empty, as the sjabloon writes it
            del wb["Risico's"]
        ws = wb.create_sheet("Risico's")
        ws.append(["Risicoregister van de gemeente"])
        ws.append(list(kop))
        for rij in rijen:
            ws.append(list(rij))
    wb.save(pad)
    return pad
