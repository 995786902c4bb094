Attribute VB_Name = "ReportFormatter"
Option Explicit

Sub FormatReport()
    Dim ws As Worksheet: Set ws = ActiveSheet
    Dim last As Long: last = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    ws.Range("C2:C" & last).NumberFormat = "#,##0.00;[Red]-#,##0.00"
    ws.Range("B2:B" & last).NumberFormat = "yyyy-mm-dd"
    ws.Range("E2:E" & last).FormatConditions.AddColorScale ColorScaleType:=3
    ws.Rows(1).Font.Bold = True
    ws.Columns.AutoFit
    AddSummary ws, last
End Sub

Private Sub AddSummary(src As Worksheet, last As Long)
    Dim s As Worksheet
    Set s = ThisWorkbook.Worksheets.Add(Before:=ThisWorkbook.Worksheets(1))
    s.Name = "Summary"
    s.Range("A1:B1").Value = Array("Cost centre", "Total")
    src.Range("D1:D" & last).AdvancedFilter Action:=xlFilterCopy, CopyToRange:=s.Range("A1"), Unique:=True
    Dim r As Long
    For r = 2 To s.Cells(s.Rows.Count, 1).End(xlUp).Row
        s.Cells(r, 2).Formula = "=SUMIF('" & src.Name & "'!D:D,A" & r & ",'" & src.Name & "'!C:C)"
    Next r
End Sub
