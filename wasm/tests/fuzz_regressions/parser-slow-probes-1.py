
pccccc**-{{*{*{ZZ*ZZ**-ccleE#dianStructure

for*[*{{ZZ#dianStructure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*{*{ZZpedStructurettcccccccleE#dianure

for*[*{{ZZ#dianStructure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*ccccc**-{{*{*{ZZ*ZZ**-ccleE#dianStructure

for*[*{{ZZ#dianStructure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*{*{ZZpedStructurettcccccccleE#dianure

for*[*{{ZZ#dianStructuure

for*[*{{ZZ#dianStructure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*{*{ZZpedStructurettcccccccleE#dianure

for*[re

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*{*{ZZ**[cndn [cZZZZZ**-{{{**-{{*{*{ZZ*ZZ**-{{*{*{*{ZZ**[
pccccc**-{{*{*{ZZ*ZZ**-ccleE#dianStructure

for*[*{{ZZ#dianStructure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{raiseZZ*ZZ**-{{*{*{ZZpedStructurettcccccccleE#dianure

for*[*{{ZZ#dianStructure

for*[*{{ZZZZZZZ**-{{*{*{ZZ*ZZ**-{{**-{{*{*{cndn [cZZZZraiseZZ*ZZ**-{{*{U*{ZZ**[cndn [cZZZZZ**-{{{**-{{*{*{ZZ*ZZ**-{{*{*{ZZ**[cndn [c_sZ**-{{{**-{{*{*{ZZ*ZZ**-{{*{*{ZZ**[cndn [c_shohoini{n{.0.0