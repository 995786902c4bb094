Attribute VB_Name = "MonthlyReport"
Option Explicit

Public Sub BuildReport()
    Dim ws As Worksheet, pc As PivotCache, pt As PivotTable
    Workbooks.OpenText Filename:=ThisWorkbook.Path & "\sales.csv", DataType:=xlDelimited, Comma:=True
    Set ws = ThisWorkbook.Sheets.Add(After:=ThisWorkbook.Sheets(ThisWorkbook.Sheets.Count))
    ws.Name = "Summary " & Format(Date, "yyyy-mm")
    Set pc = ThisWorkbook.PivotCaches.Create(xlDatabase, ActiveWorkbook.Sheets(1).UsedRange)
    Set pt = pc.CreatePivotTable(ws.Range("A4"), "SalesPivot")
    pt.AddDataField pt.PivotFields("Amount"), "Total", xlSum
    pt.PivotFields("Region").Orientation = xlRowField
    ws.Range("A1").Value = "Monthly sales" & Chr(10) & Format(Date, "mmmm yyyy")
    ws.Range("A1").WrapText = True
    ws.Range("A1").Font.Bold = True
End Sub
