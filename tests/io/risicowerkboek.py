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
    if beschikbaar is not None:
        wb["Gemeente"].append(["Beschikbare weerstandscapaciteit", beschikbaar, "euro", ""])
    if rijen is not None:
        ws = wb.create_sheet("Risico's")
        ws.append(["Risicoregister van de gemeente"])
        ws.append(list(kop))
        for rij in rijen:
            ws.append(list(rij))
    wb.save(pad)
    return pad
