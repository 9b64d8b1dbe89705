/// Cairo drawing and PNG output (BatikRender).
