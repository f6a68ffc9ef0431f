#!/usr/bin/env python3
"""Independent reference counts for MobileNet v1 (Howard et al. 2017, Table 1), written from the
paper's formulas D_K·D_K·M·D_F·D_F (depthwise), M·N·D_F·D_F (pointwise), D_K·D_K·M·N·D_F·D_F
(full conv), without ConvLab's code. Weights only (no biases / batch-norm); fc counted; the
last depthwise layer has stride 1; 'same' padding, so D_F = ceil(D_F / stride).

Run:  python3 mobilenet_reference.py > mobilenet_reference.json
"""
import json

def count(alpha=1.0, res=224, full=False, shallow=False, last_stride=1):
    a = lambda c: max(1, int(c * alpha + 1e-9))
    blocks = [(32, 64, 1), (64, 128, 2), (128, 128, 1), (128, 256, 2), (256, 256, 1), (256, 512, 2)]
    blocks += [] if shallow else [(512, 512, 1)] * 5
    blocks += [(512, 1024, 2), (1024, 1024, last_stride)]
    d = -(-res // 2)
    madds = {"Conv 3×3": d * d * 27 * a(32), "Conv DW 3×3": 0, "Conv 1×1": 0, "Fully connected": 0}
    params = {"Conv 3×3": 27 * a(32), "Conv DW 3×3": 0, "Conv 1×1": 0, "Fully connected": 0}
    for m, n, s in blocks:
        m, n = a(m), a(n)
        d = -(-d // s)
        if full:
            madds["Conv 3×3"] += 9 * m * n * d * d
            params["Conv 3×3"] += 9 * m * n
        else:
            madds["Conv DW 3×3"] += 9 * m * d * d
            params["Conv DW 3×3"] += 9 * m
            madds["Conv 1×1"] += m * n * d * d
            params["Conv 1×1"] += m * n
    madds["Fully connected"] = a(1024) * 1000
    params["Fully connected"] = a(1024) * 1000
    return {"multAdds": sum(madds.values()), "parameters": sum(params.values()),
            "multAddsByType": madds, "parametersByType": params, "finalSize": d}

cases = []
for alpha in (1.0, 0.75, 0.5, 0.25):
    for res in (224, 192, 160, 128):
        for full in (False, True):
            cases.append({"network": "mobilenet-v1", "alpha": alpha, "resolution": res, "full": full,
                          **count(alpha, res, full)})
cases.append({"network": "mobilenet-v1-shallow", "alpha": 1.0, "resolution": 224, "full": False, **count(shallow=True)})
cases.append({"network": "mobilenet-v1-shallow", "alpha": 1.0, "resolution": 224, "full": True, **count(shallow=True, full=True)})
cases.append({"network": "mobilenet-v1-as-printed", "alpha": 1.0, "resolution": 224, "full": False, **count(last_stride=2)})
print(json.dumps(cases, indent=1, ensure_ascii=False))
