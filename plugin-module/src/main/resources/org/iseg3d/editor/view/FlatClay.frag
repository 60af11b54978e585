#import "Common/ShaderLib/GLSLCompat.glsllib"
uniform vec4 m_Color;
varying vec3 viewPos;

void main() {
    vec3 n = normalize(cross(dFdx(viewPos), dFdy(viewPos)));
    vec3 toEye = normalize(-viewPos);
    float light = 0.30 + 0.70 * abs(dot(n, toEye));
    gl_FragColor = vec4(m_Color.rgb * light, 1.0);
}
