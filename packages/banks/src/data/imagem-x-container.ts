import type { Bank } from "../types";

// Imagem x Container: imagens, camadas, storage driver, registry, tags e digests, build x commit e a diferença entre imagem e container.
export const imagemXContainerBank: Bank = {
  id: "imagem-x-container",
  title: "Imagem x Container",
  language: "pt-BR",
  description:
    "Imagens Docker e suas camadas, registry, build x commit e a diferença entre imagem e container.",
  questions: [
    {
      id: "imagem-01",
      type: "single",
      prompt: "O que é, de fato, uma imagem Docker?",
      options: [
        "O arquivo de texto com as instruções de build",
        "Um container parado, salvo em disco",
        "Um sistema operacional completo, pronto para dar boot",
        "Camadas somente leitura e metadados",
      ],
      correct: [3],
      explanation:
        "As anotações chamam a imagem de “um arquivo com instruções”, mas esse é o Dockerfile. A imagem é o resultado do build: camadas somente leitura e metadados (comando padrão, variáveis, portas).",
      timeLimitSec: 20,
    },
    {
      id: "imagem-02",
      type: "truefalse",
      prompt: "O Dockerfile e a imagem Docker são a mesma coisa.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "O Dockerfile é a receita, um arquivo de texto com instruções. A imagem é o que o docker build produz a partir dele: camadas e metadados, guardados localmente ou em um registry.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-03",
      type: "single",
      prompt: "O que é uma camada (layer) de uma imagem?",
      options: [
        "Um conjunto de mudanças no sistema de arquivos",
        "Uma cópia completa do sistema de arquivos",
        "Uma instrução do Dockerfile, como RUN ou ENV",
        "O espaço em disco reservado para um container",
      ],
      correct: [0],
      explanation:
        "Cada camada guarda só o que mudou (arquivos criados, alterados ou removidos). Ser uma “imagem intermediária”, como dizem as anotações, só valia no builder antigo; o BuildKit não as cria.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-04",
      type: "multiple",
      prompt: "Quais instruções do Dockerfile criam novas camadas no sistema de arquivos da imagem?",
      options: ["COPY", "CMD", "ENV", "RUN", "EXPOSE"],
      correct: [0, 3],
      explanation:
        "RUN e COPY (e também ADD) mudam o sistema de arquivos e, por isso, geram camadas. CMD, ENV, EXPOSE e similares só alteram os metadados da imagem.",
      timeLimitSec: 40,
    },
    {
      id: "imagem-05",
      type: "multiple",
      prompt:
        "Na mesma máquina, duas imagens diferentes foram construídas com FROM python:3.12-slim, e os dois builds usaram a mesma versão (o mesmo digest) dessa base. O que é verdade?",
      options: [
        "Cada imagem guarda a sua própria cópia da base",
        "Mudar a base em uma delas muda também a outra",
        "As camadas da base ficam no disco uma só vez",
        "Remover uma das imagens não apaga a base da outra",
      ],
      correct: [2, 3],
      explanation:
        "Camadas são identificadas pelo conteúdo: a mesma base fica no disco uma vez e é compartilhada, o reúso de camadas das anotações. Imagens são imutáveis, e a base só sai quando nenhuma imagem a usa.",
      // A long scenario to read before judging four statements.
      timeLimitSec: 40,
    },
    // Was imagem-06, reframed (it said overlay2 is the default; now what overlay2 and the containerd snapshotter share): a changed question gets a new id, in the same place; imagem-06 is retired.
    {
      id: "imagem-23",
      type: "single",
      prompt:
        "No Linux, hosts atualizados empilham as camadas com o storage driver overlay2, e instalações novas do Docker Engine 29 com o image store do containerd. Em qual sistema de arquivos do kernel os dois se baseiam?",
      options: ["AUFS", "OverlayFS", "devicemapper"],
      correct: [1],
      explanation:
        "Os dois usam o OverlayFS do kernel: o overlay2 e o snapshotter overlayfs do containerd (padrão em instalações novas do Engine 29 e do Docker Desktop 4.34). O AUFS das anotações saiu no Engine 24.",
      timeLimitSec: 30,
    },
    {
      id: "imagem-07",
      type: "single",
      prompt: "Quando um container é iniciado, o que acontece com as camadas da imagem?",
      options: [
        "A última camada da imagem passa a ser gravável",
        "Todas as camadas são copiadas para o container",
        "Nenhuma muda; uma camada gravável vai por cima",
        "As camadas são unidas em uma só, gravável",
      ],
      correct: [2],
      explanation:
        "As anotações dizem que “apenas a última camada pode ser alterada”, mas nenhuma camada da imagem muda: o Docker põe por cima uma camada fina e gravável, só do container.",
      timeLimitSec: 30,
      // Doubled: it corrects the notes, the point the class most needs to take away.
      pointsMode: "double",
    },
    {
      id: "imagem-08",
      type: "truefalse",
      prompt: "Se um container altera um arquivo que veio da imagem, a própria imagem também é alterada.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "Pelo copy-on-write, o arquivo é copiado para a camada gravável do container antes de mudar. A imagem não muda, e outros containers dela continuam vendo o arquivo original.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-09",
      type: "single",
      prompt: "O que acontece com os dados da camada gravável quando o container é removido (docker rm)?",
      options: [
        "Ficam guardados na imagem, para o próximo container",
        "Continuam no disco até a imagem ser removida",
        "São apagados junto com o container",
        "Vão sozinhos para um volume",
      ],
      correct: [2],
      explanation:
        "A camada gravável é do container e some com o docker rm (parar não apaga). Dados que devem sobreviver vão para um volume ou bind mount, que ficam fora dessa camada.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-10",
      type: "multiple",
      prompt: "Quais afirmações sobre registry e repositórios estão corretas?",
      options: [
        "O Docker Hub é o único registry que existe",
        "Um repositório agrupa as versões (tags) de uma imagem",
        "docker push envia uma imagem a um registry",
        "docker pull baixa de novo camadas que já estão no host",
        "Uma empresa pode manter um registry privado",
      ],
      correct: [1, 2, 4],
      explanation:
        "O registry guarda imagens em repositórios, cada um com várias tags. O Docker Hub é o público padrão, mas há outros e há registries privados. O pull pula as camadas que o host já tem.",
      timeLimitSec: 40,
    },
    {
      id: "imagem-11",
      type: "single",
      prompt: "Na referência nginx:1.27, o que representa o 1.27?",
      options: [
        "A tag, que indica uma versão da imagem",
        "A versão mínima do Docker",
        "O digest abreviado da imagem",
        "A versão do kernel que a imagem usa",
      ],
      correct: [0],
      explanation:
        "Uma referência tem o formato repositório:tag. A tag é um rótulo legível que aponta para uma imagem; sem tag, vale latest. A imagem não escolhe kernel: usa o do host.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-12",
      type: "single",
      prompt: "O que identifica de forma imutável o conteúdo exato de uma imagem?",
      options: [
        "Uma tag de versão, como nginx:1.27.3",
        "O nome do repositório com a tag latest",
        "O ID do container criado a partir dela",
        "O digest (sha256:…)",
      ],
      correct: [3],
      explanation:
        "O digest é um hash SHA-256 do conteúdo: se o conteúdo muda, ele muda. Toda tag é móvel, até a de versão; nginx@sha256:… garante sempre a mesma imagem.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-13",
      type: "truefalse",
      prompt: "Uma tag como latest pode passar a apontar para outra imagem depois de um novo push.",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "Tags são rótulos móveis: um novo push com a mesma tag a faz apontar para a nova imagem. “latest” não garante a versão mais nova nem a imagem de ontem; para isso, use o digest.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-14",
      type: "single",
      prompt: "Por que preferir Dockerfile com docker build a criar imagens com docker commit?",
      options: [
        "O docker commit foi removido das versões atuais",
        "O Dockerfile registra como a imagem foi feita",
        "O docker build gera imagens menores, sem camadas",
        "O commit guarda os processos em execução",
      ],
      correct: [1],
      explanation:
        "Como dizem as anotações, o commit salva o estado de um container sem registrar como se chegou nele. O Dockerfile se revisa e se repete (idêntico bit a bit, só com cuidados extras).",
      timeLimitSec: 20,
    },
    {
      id: "imagem-15",
      type: "multiple",
      prompt: "Quais afirmações sobre imagem e container estão corretas?",
      options: [
        "A imagem é o modelo; o container, uma instância dela",
        "Cada container precisa de uma imagem só dele",
        "Vários containers podem vir da mesma imagem",
        "Um container parado continua existindo até o docker rm",
        "Além do processo, o container tem configuração e camada gravável",
      ],
      correct: [0, 2, 3, 4],
      explanation:
        "Imagem é o modelo, como dizem as anotações, mas o container não é só o processo: tem configuração e camada gravável, e continua existindo parado (docker ps -a) até o docker rm.",
      timeLimitSec: 40,
    },
    {
      id: "imagem-16",
      type: "single",
      prompt: "O que o comando docker run nginx faz?",
      options: [
        "Cria e inicia um container da imagem nginx",
        "Só inicia o container nginx, que já precisa existir",
        "Só baixa a imagem nginx",
        "Constrói a imagem nginx a partir de um Dockerfile",
      ],
      correct: [0],
      explanation:
        "docker run cria um container novo e o inicia, baixando a imagem antes se ela não estiver no host. Iniciar um container existente é docker start; baixar é docker pull; construir, docker build.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-17",
      type: "single",
      prompt: "Para que serve um build multi-stage em um Dockerfile?",
      options: [
        "Gerar imagens para amd64 e arm64",
        "Compilar num estágio e levar só o resultado ao final",
        "Subir a aplicação e o banco juntos",
        "Atualizar a imagem por partes, sem refazer o build",
      ],
      correct: [1],
      explanation:
        "Com vários FROM, um estágio tem as ferramentas de build e o final copia só o necessário (COPY --from): imagem menor. Várias arquiteturas são outra coisa: docker buildx build --platform.",
      timeLimitSec: 20,
    },
    // Polls and ordering questions come last, after the ids above, so every existing question keeps its
    // place in a game: the poll closes the class (a teacher who wants one to open it writes it in a copy).
    {
      id: "imagem-18",
      type: "poll",
      prompt: "Para fechar: depois desta aula, você saberia explicar a diferença entre imagem e container?",
      options: [
        "Ainda não",
        "Sei que são diferentes, mas não sei explicar",
        "Sei explicar com as minhas palavras",
      ],
      correct: [],
      explanation:
        "Não há resposta certa: a enquete mostra o que ficou da aula. O resumo das anotações cabe numa frase: a imagem é o modelo, somente leitura; o container, o processo criado a partir dela.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-19",
      type: "ordering",
      // The order is not in the prompt: the student has to know what `docker run` does, step by step.
      prompt: "Em que ordem o `docker run nginx` faz o seu trabalho, do comando ao container rodando?",
      options: [
        "Procura a imagem `nginx` no host e, se não a tiver, baixa do registry",
        "Monta as camadas da imagem, somente leitura, como base dos arquivos do container",
        "Cria por cima delas uma camada gravável, só deste container",
        "Inicia o processo definido na imagem (`ENTRYPOINT`/`CMD`), isolado, sobre o kernel do host",
      ],
      correct: [0, 1, 2, 3],
      explanation:
        "Sem a imagem no host, o run a baixa do registry; as camadas dela, somente leitura, não mudam; por cima vem uma camada gravável só do container; e o processo inicia no kernel do host.",
      timeLimitSec: 60,
    },
    // Typed answers come after polls and ordering, for the same reason: every older question keeps its place.
    {
      id: "imagem-20",
      type: "typeAnswer",
      prompt: "Qual comando cria uma imagem a partir de um Dockerfile? Escreva só o comando, sem opções nem o diretório de contexto (o `.` do final).",
      // Every name the Docker CLI gives the same build: image build is its group, buildx/builder build run it through BuildKit.
      options: ["docker build", "docker image build", "docker buildx build", "docker builder build"],
      correct: [],
      explanation:
        "O `docker build` (ou `docker image build`, `docker buildx build`) executa o Dockerfile e gera a imagem: é o build das anotações. O `docker commit` gera uma imagem sem Dockerfile.",
      timeLimitSec: 30,
    },
    // Slides and sliders come after the typed answer, for the same reason: every older question keeps
    // its place in a game (and in the tests that play the banks by position). The slide opens this last
    // block: it teaches the count the slider then asks for, on another Dockerfile.
    {
      id: "imagem-21",
      type: "slide",
      prompt: "O que cada linha do Dockerfile produz",
      options: [],
      correct: [],
      explanation:
        "Cada instrução do Dockerfile é um passo do build, mas só as que mudam arquivos acrescentam uma camada: `RUN`, `COPY` e `ADD`. As demais (`ENV`, `EXPOSE`, `CMD`, `LABEL`, `USER`…) só gravam configuração nos metadados da imagem.\n\n```dockerfile\n# base: as camadas da imagem alpine, guardadas uma vez só no host\nFROM alpine:3.20\n# camada 1: os arquivos que o apk instalou\nRUN apk add --no-cache python3\n# camada 2: o arquivo copiado do contexto de build\nCOPY app.py /srv/app.py\n# só metadados: nenhuma camada\nENV PORTA=8000\nEXPOSE 8000\nCMD [\"python3\", \"/srv/app.py\"]\n```\n\nEsta imagem tem as camadas do alpine e mais 2. O `docker history` mostra cada passo; os de metadados aparecem com 0B. É o que dizem as anotações: uma camada é uma ou mais mudanças no sistema de arquivos. O `WORKDIR` é um caso à parte: ele também garante que a pasta exista, e o build registra isso como uma camada, quase vazia.",
      timeLimitSec: 20,
    },
    {
      id: "imagem-22",
      type: "slider",
      // No WORKDIR here: it records a (nearly empty) layer of its own, which would make the count a trick.
      prompt:
        "Quantas camadas de sistema de arquivos o build deste Dockerfile acrescenta sobre as da imagem base (`python:3.12-slim`)?\n\n```dockerfile\nFROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir -r /app/requirements.txt\nCOPY . /app/\nRUN useradd --create-home aluno\nUSER aluno\nEXPOSE 8000\nCMD [\"python\", \"/app/main.py\"]\n```",
      options: [],
      correct: [],
      explanation:
        "São 4: os dois `COPY` e os dois `RUN`, que mudam arquivos. `ENV`, `USER`, `EXPOSE` e `CMD` só gravam metadados, e o `FROM` não cria camada: reaproveita as da base, como dizem as anotações.",
      timeLimitSec: 45,
      pointsMode: "double",
      // A count: only the exact number is right (on a 0–10 scale, one off already earns nothing).
      slider: { min: 0, max: 10, step: 1, answer: 4, tolerance: 0, unit: "camadas" },
    },
    // Newer questions (issue 12: topics of the class notes that had no question) come after the slides and
    // sliders, for the same reason: every older question keeps its place in a game.
    {
      id: "imagem-24",
      type: "single",
      prompt:
        "As anotações dizem que o container encapsula os binários e as bibliotecas de que a aplicação precisa. O que uma imagem como `python:3.12-slim` não traz?",
      options: [
        "O interpretador Python e a sua biblioteca padrão",
        "A glibc e outras bibliotecas do sistema",
        "O kernel Linux em que o container vai rodar",
        "O shell bash e comandos como o ls",
      ],
      correct: [2],
      explanation:
        "A imagem traz os binários e as bibliotecas do espaço de usuário (aqui, do Debian e do Python), como dizem as anotações, mas não um kernel: o container usa o do host.",
      timeLimitSec: 30,
    },
    {
      id: "imagem-25",
      type: "single",
      prompt:
        "Uma imagem foi construída só para `linux/amd64`. Sem emulação instalada, o que acontece ao rodá-la num servidor Linux `arm64`?",
      options: [
        "Roda igual: containers são portáveis entre CPUs",
        "O Docker recompila a imagem para arm64 ao baixar",
        "O kernel do host traduz as instruções x86 sozinho",
        "Não roda: os binários são para outra arquitetura",
      ],
      correct: [3],
      explanation:
        "As anotações dizem “portáveis”, mas só na mesma arquitetura de CPU: os binários são de uma só (“exec format error”). Imagens multiplataforma (`buildx --platform`) resolvem.",
      timeLimitSec: 30,
    },
    {
      id: "imagem-26",
      type: "truefalse",
      prompt:
        "No build com o BuildKit, padrão do Docker Engine desde a versão 23, cada instrução do Dockerfile deixa uma imagem intermediária, listada em `docker images -a`.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "As anotações chamam a camada de “imagem intermediária”: isso valia no builder antigo, que criava uma imagem por passo. O BuildKit guarda um cache de build, não imagens.",
      timeLimitSec: 30,
    },
  ],
};
