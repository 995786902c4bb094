using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class CrashReporter : MonoBehaviour
{
    [SerializeField] string collectorUrl = "https://crash.studio-internal.example/api/reports";

    void OnEnable() { if (Debug.isDebugBuild) Application.logMessageReceived += OnLog; }
    void OnDisable() => Application.logMessageReceived -= OnLog;

    void OnLog(string msg, string stack, LogType type)
    {
        if (type == LogType.Exception && PlayerPrefs.GetInt("qa_crash_consent", 0) == 1)
            StartCoroutine(Send(msg, stack));
    }

    IEnumerator Send(string msg, string stack)
    {
        yield return new WaitForEndOfFrame();
        var tex = ScreenCapture.CaptureScreenshotAsTexture();
        var form = new WWWForm();
        form.AddField("message", msg);
        form.AddField("stack", stack);
        form.AddField("device", SystemInfo.deviceModel);
        form.AddField("version", Application.version);
        form.AddBinaryData("screenshot", tex.EncodeToPNG(), "shot.png", "image/png");
        using var req = UnityWebRequest.Post(collectorUrl, form);
        yield return req.SendWebRequest();
    }
}
